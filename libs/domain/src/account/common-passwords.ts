/**
 * Passwords that appear at the top of public breach lists (lower-cased). Not exhaustive:
 * the policy also refuses passwords made of one repeated character or a simple sequence.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '12345678910', '0123456789', '1111111111', '0000000000', '1234512345',
  '123456789a', 'a123456789', '1q2w3e4r5t', '1qaz2wsx3edc', 'qwertyuiop', 'qwertyuiop1',
  'asdfghjkl1', 'zxcvbnm123', 'qwerty1234', 'qwerty12345', 'qwerty123456', 'password12',
  'password123', 'password1234', 'password!1', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123',
  'iloveyou12', 'iloveyou123', 'welcome123', 'welcome1234', 'abcdefghij', 'abc1234567',
  'abcd123456', 'letmein123', 'monkey1234', 'dragon1234', 'football12', 'football123',
  'baseball12', 'sunshine12', 'princess12', 'superman12', 'starwars12', 'michael123',
  'computer12', 'whatever12', 'trustno1234', 'changeme123', 'administrator', 'admin12345',
  'admin123456', 'adminadmin', 'rootroot12', 'welkom1234', 'welkom12345', 'wachtwoord',
  'wachtwoord1', 'wachtwoord12', 'wachtwoord123', 'wachtwoord!', 'geheim1234', 'geheim12345',
  'voorjaar2024', 'zomer20242024', 'amsterdam1', 'amsterdam12', 'amsterdam123', 'rotterdam1',
  'rotterdam12', 'rotterdam123', 'utrecht123', 'feyenoord1', 'feyenoord12', 'feyenoord123',
  'ajax123456', 'ajaxajax12', 'psvpsvpsv1', 'nederland1', 'nederland12', 'nederland123',
  'holland123', 'gemeente123', 'gemeente1234', 'dialoog123', 'dialoog1234', 'voorbeeld123',
  'qwertyqwerty', 'asdfasdfasdf', 'passwordpassword', 'iloveyouiloveyou', 'mijnwachtwoord',
  'hallo12345', 'hallohallo', 'hallo123456', 'welkomwelkom', 'lente2025!', 'zomer2025!',
  'herfst2025!', 'winter2025!', 'summer2025!', 'autumn2025!', 'spring2025!', 'winter2026!',
]);
