/**
 * Messages the API sends to people, in Dutch (default, B1 plain language) and English.
 * `{name}` placeholders are filled from the error's params.
 */
const nl = {
  'error.notFound': 'We kunnen dit niet vinden. Misschien is het verwijderd, of u mag het niet zien.',
  'error.forbidden': 'U mag dit niet doen.',
  'error.unauthenticated': 'Log eerst in.',
  'error.badInput': 'Niet alle gegevens zijn goed ingevuld. Kijk de velden na.',
  'error.internal': 'Er ging iets mis bij ons. Probeer het later nog eens.',
  'error.rateLimited': 'U doet dit te vaak achter elkaar. Wacht even en probeer het opnieuw.',
  'error.unknownMunicipality': 'Deze gemeente kennen we niet.',
  'error.invalidQuery': 'Deze vraag aan de API klopt niet: {detail}',
  'auth.invalidCredentials': 'Het e-mailadres of het wachtwoord klopt niet.',
  'auth.emailTaken': 'Er is al een account met dit e-mailadres. Log in of kies een ander e-mailadres.',
  'auth.wrongMunicipality': 'Deze sessie hoort bij een andere gemeente. Log opnieuw in.',
  'auth.wrongCurrentPassword': 'Uw huidige wachtwoord klopt niet.',
  'auth.registered': 'We hebben een e-mail gestuurd naar {email}. Klik op de link in die e-mail om verder te gaan. Ziet u geen e-mail? Kijk dan ook bij uw ongewenste e-mail (spam).',
  'auth.verificationSent': 'We hebben een nieuwe e-mail gestuurd naar {email}. Klik op de link in die e-mail om uw e-mailadres te bevestigen.',
  'auth.alreadyVerified': 'Uw e-mailadres is al bevestigd.',
  'auth.verifyLinkInvalid': 'Deze link werkt niet meer. Misschien is hij al gebruikt of ouder dan 48 uur. Log in en vraag een nieuwe link aan.',
  'auth.emailNotVerified': 'Bevestig eerst uw e-mailadres. Klik op de link in de e-mail die we u hebben gestuurd. Geen e-mail gekregen? Vraag dan een nieuwe aan.',
  'auth.resetRequested': 'Is er een account met {email}? Dan hebben we een e-mail gestuurd. Klik op de link in die e-mail om een nieuw wachtwoord te kiezen. De link werkt 1 uur.',
  'auth.resetLinkInvalid': 'Deze link werkt niet meer. Misschien is hij al gebruikt of ouder dan 1 uur. Vraag een nieuwe link aan.',
  'user.cannotDisableSelf': 'U kunt uw eigen account niet uitzetten.',
  'error.rateLimitedSeconds': 'U doet dit te vaak achter elkaar. Probeer het over {seconds} seconden opnieuw.',
  'error.rateLimitedMinutes': 'U doet dit te vaak achter elkaar. Probeer het over {minutes} minuten opnieuw.',
  'error.temporarilyUnavailable': 'Dialoog is even niet bereikbaar. Probeer het over een paar seconden opnieuw.',
  'field.required': 'Vul dit veld in.',
  'field.tooShort': 'Gebruik minstens {min} tekens.',
  'field.tooLong': 'Gebruik hoogstens {max} tekens.',
  'field.email': 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  'field.invalid': 'Deze waarde klopt niet.',
  'field.range': 'Kies een getal van {min} tot en met {max}.',
  'field.controlCharacters': 'Deze tekst bevat onzichtbare tekens die niet zijn toegestaan.',
  'field.unknownNeighbourhood': 'Kies een buurt uit de lijst.',
  'field.unknownTheme': 'Kies een thema uit de lijst.',
  'password.tooShort': 'Uw wachtwoord moet minstens {min} tekens hebben.',
  'password.tooLong': 'Uw wachtwoord mag hoogstens {max} tekens hebben.',
  'password.common': 'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander wachtwoord.',
  'password.containsPersonal': 'Gebruik niet uw naam of e-mailadres in uw wachtwoord.',
  'user.cannotChangeOwnRole': 'U kunt uw eigen rol niet veranderen.',
  'user.staffPasswordTooShort': 'Deze persoon heeft een wachtwoord van minder dan {min} tekens. Vraag eerst om een langer wachtwoord.',
  'lifecycle.notAllowed': 'Dit kan niet bij een initiatief met status ‘{from}’. Wat wel kan: {allowed}.',
  'lifecycle.notYourRole': 'Deze stap mag u niet zetten bij dit initiatief.',
  'lifecycle.reasonRequired': 'Geef een reden op. Die reden ziet de indiener.',
  'lifecycle.nothingAllowed': 'niets',
  'initiative.notEditable': 'U kunt dit initiatief nu niet meer aanpassen. Dat kan alleen als concept of als de gemeente om een aanpassing vraagt.',
  'initiative.alreadyHidden': 'Dit initiatief is al verborgen.',
  'place.duplicate': 'Deze code of naam bestaat al in uw gemeente.',
  'support.already': 'U steunt dit initiatief al.',
  'support.notSupported': 'U steunt dit initiatief nog niet.',
  'support.closed': 'Steunen kan nu niet meer. Dat kan alleen als het initiatief open is voor steun.',
  'support.ownInitiative': 'U kunt uw eigen initiatief niet steunen.',
  'response.decisionNeedsOutcome': 'Kies bij een besluit: aannemen of niet aannemen.',
  'response.outcomeOnlyForDecision': 'Aannemen of niet aannemen kiest u alleen bij een besluit.',
  'response.unknownTemplate': 'Kies een sjabloon uit de lijst.',
  'response.notPublic': 'Dit initiatief is nog niet openbaar. Reageer via de controle (goedkeuren of om aanpassing vragen).',
  'response.templateNameTaken': 'Er is al een sjabloon met deze naam.',
  'initiative.notHidden': 'Dit initiatief is niet verborgen.',
  'status.draft': 'Concept',
  'status.submitted': 'Ingediend',
  'status.changes_requested': 'Aanpassing gevraagd',
  'status.rejected': 'Afgewezen',
  'status.published': 'Gepubliceerd',
  'status.under_review': 'In behandeling',
  'status.adopted': 'Aangenomen',
  'status.declined': 'Niet aangenomen',
  'status.in_progress': 'In uitvoering',
  'status.completed': 'Afgerond',
  'status.withdrawn': 'Ingetrokken',
  'status.expired': 'Verlopen',
} as const;

export type MessageKey = keyof typeof nl;
type Dictionary = Record<MessageKey, string>;

const en: Dictionary = {
  'error.notFound': 'We cannot find this. It may have been removed, or you may not see it.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.unauthenticated': 'Please log in first.',
  'error.badInput': 'Some of the details are not filled in correctly. Please check the fields.',
  'error.internal': 'Something went wrong on our side. Please try again later.',
  'error.rateLimited': 'You are doing this too often. Wait a moment and try again.',
  'error.unknownMunicipality': 'We do not know this municipality.',
  'error.invalidQuery': 'This API request is not valid: {detail}',
  'auth.invalidCredentials': 'The e-mail address or the password is not correct.',
  'auth.emailTaken': 'There is already an account with this e-mail address. Log in or choose another address.',
  'auth.wrongMunicipality': 'This session belongs to another municipality. Please log in again.',
  'auth.wrongCurrentPassword': 'Your current password is not correct.',
  'auth.registered': 'We have sent an e-mail to {email}. Follow the link in that e-mail to continue. No e-mail? Please also look in your junk mail (spam).',
  'auth.verificationSent': 'We have sent a new e-mail to {email}. Follow the link in that e-mail to confirm your e-mail address.',
  'auth.alreadyVerified': 'Your e-mail address has already been confirmed.',
  'auth.verifyLinkInvalid': 'This link no longer works. It may have been used already or be older than 48 hours. Log in and ask for a new link.',
  'auth.emailNotVerified': 'Please confirm your e-mail address first. Follow the link in the e-mail we sent you. No e-mail? Then ask for a new one.',
  'auth.resetRequested': 'If there is an account with {email}, we have sent an e-mail. Follow the link in that e-mail to choose a new password. The link works for 1 hour.',
  'auth.resetLinkInvalid': 'This link no longer works. It may have been used already or be older than 1 hour. Please ask for a new link.',
  'user.cannotDisableSelf': 'You cannot disable your own account.',
  'error.rateLimitedSeconds': 'You are doing this too often. Please try again in {seconds} seconds.',
  'error.rateLimitedMinutes': 'You are doing this too often. Please try again in {minutes} minutes.',
  'error.temporarilyUnavailable': 'Dialoog cannot be reached for a moment. Please try again in a few seconds.',
  'field.required': 'Please fill in this field.',
  'field.tooShort': 'Use at least {min} characters.',
  'field.tooLong': 'Use at most {max} characters.',
  'field.email': 'Enter a valid e-mail address, like name@example.com.',
  'field.invalid': 'This value is not valid.',
  'field.range': 'Choose a number from {min} to {max}.',
  'field.controlCharacters': 'This text contains invisible characters that are not allowed.',
  'field.unknownNeighbourhood': 'Choose a neighbourhood from the list.',
  'field.unknownTheme': 'Choose a theme from the list.',
  'password.tooShort': 'Your password must have at least {min} characters.',
  'password.tooLong': 'Your password may have at most {max} characters.',
  'password.common': 'This password is used a lot and is easy to guess. Choose another one.',
  'password.containsPersonal': 'Do not use your name or e-mail address in your password.',
  'user.cannotChangeOwnRole': 'You cannot change your own role.',
  'lifecycle.notAllowed': 'This is not possible for an initiative with status ‘{from}’. What is possible: {allowed}.',
  'lifecycle.notYourRole': 'You may not take this step for this initiative.',
  'lifecycle.reasonRequired': 'Please give a reason. The initiator will see it.',
  'lifecycle.nothingAllowed': 'nothing',
  'initiative.notEditable': 'You can no longer change this initiative. That is only possible as a draft or when the municipality asks for changes.',
  'initiative.alreadyHidden': 'This initiative is already hidden.',
  'place.duplicate': 'This code or name already exists in your municipality.',
  'support.already': 'You already support this initiative.',
  'support.notSupported': 'You do not support this initiative yet.',
  'support.closed': 'Support is closed. You can only support an initiative while it is open for support.',
  'support.ownInitiative': 'You cannot support your own initiative.',
  'response.decisionNeedsOutcome': 'For a decision, choose: adopt or decline.',
  'response.outcomeOnlyForDecision': 'Adopt or decline is only for a decision.',
  'response.unknownTemplate': 'Choose a template from the list.',
  'response.notPublic': 'This initiative is not public yet. Respond through moderation (approve or ask for changes).',
  'response.templateNameTaken': 'There is already a template with this name.',
  'initiative.notHidden': 'This initiative is not hidden.',
  'status.draft': 'Draft',
  'status.submitted': 'Submitted',
  'status.changes_requested': 'Changes requested',
  'status.rejected': 'Rejected',
  'status.published': 'Published',
  'status.under_review': 'Under review',
  'status.adopted': 'Adopted',
  'status.declined': 'Declined',
  'status.in_progress': 'In progress',
  'status.completed': 'Completed',
  'status.withdrawn': 'Withdrawn',
  'status.expired': 'Expired',
  'user.staffPasswordTooShort': 'This person has a password shorter than {min} characters. Ask for a longer password first.',
};

export type Language = 'nl' | 'en';
const dictionaries: Record<Language, Dictionary> = { nl, en };

export function translate(key: MessageKey, language: Language, params: Record<string, string | number> = {}): string {
  const template = dictionaries[language][key] ?? nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, value);
}

/** Picks nl or en from an explicit choice or an Accept-Language header; Dutch is the default. */
export function pickLanguage(explicit: string | undefined, acceptLanguage: string | undefined): Language {
  if (explicit === 'en' || explicit === 'nl') {
    return explicit;
  }
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'nl';
}
