import type { InitiativeStatus, Role } from '#domain';

export const DEMO_PEOPLE: ReadonlyArray<{ key: string; email: string; displayName: string; role: Role }> = [
  { key: 'admin', email: 'admin@voorbeeld.nl', displayName: 'Beheerder Gemeente Voorbeeld', role: 'admin' },
  { key: 'facilitator', email: 'facilitator@voorbeeld.nl', displayName: 'Sanne de Vries (gemeente)', role: 'facilitator' },
  { key: 'bewoner1', email: 'bewoner1@voorbeeld.nl', displayName: 'Fatima El Amrani', role: 'resident' },
  { key: 'bewoner2', email: 'bewoner2@voorbeeld.nl', displayName: 'Jan Bakker', role: 'resident' },
  { key: 'bewoner3', email: 'bewoner3@voorbeeld.nl', displayName: 'Mei Ling Chen', role: 'resident' },
];

type Ring = Array<[number, number]>;
function box(lng: number, lat: number): { type: 'Polygon'; coordinates: Ring[] } {
  const d = 0.01;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lng, lat],
        [lng + d, lat],
        [lng + d, lat + d],
        [lng, lat + d],
        [lng, lat],
      ],
    ],
  };
}

/** Fictional neighbourhoods with CBS-style buurt codes (BU + municipality code + number). */
export const DEMO_NEIGHBOURHOODS = [
  { name: 'Centrum', code: 'BU99990001', boundary: box(5.1, 52.09) },
  { name: 'Oosterpark', code: 'BU99990002', boundary: box(5.11, 52.09) },
  { name: 'De Weide', code: 'BU99990003', boundary: box(5.1, 52.1) },
  { name: 'Havenkwartier', code: 'BU99990004', boundary: box(5.11, 52.1) },
];

export const DEMO_THEMES = [
  { slug: 'groen', name: 'Groen', icon: 'tree' },
  { slug: 'spelen', name: 'Spelen', icon: 'playground' },
  { slug: 'veiligheid', name: 'Veiligheid', icon: 'shield' },
  { slug: 'cultuur', name: 'Cultuur', icon: 'music' },
  { slug: 'verkeer', name: 'Verkeer', icon: 'bicycle' },
  { slug: 'zorg', name: 'Zorg en welzijn', icon: 'heart' },
];

export interface DemoInitiative {
  title: string;
  summary: string;
  description: string;
  status: InitiativeStatus;
  author: string;
  neighbourhood: string;
  theme: string;
  reason?: string;
}

export const DEMO_INITIATIVES: readonly DemoInitiative[] = [
  {
    title: 'Geveltuintjes in de Lindenstraat',
    summary: 'Samen tegels eruit en planten erin, voor meer groen en minder hitte.',
    description: 'We willen langs de gevels smalle tuintjes maken. De buren doen mee. We vragen de gemeente om de tegels op te halen.',
    status: 'completed',
    author: 'bewoner1',
    neighbourhood: 'BU99990001',
    theme: 'groen',
  },
  {
    title: 'Moestuin op het braakliggende veld',
    summary: 'Een gedeelde moestuin voor buren, de school en de zorgboerderij.',
    description: 'Op het veld achter de school is al jaren niets. Wij maken er een moestuin van met twaalf bakken.',
    status: 'in_progress',
    author: 'bewoner2',
    neighbourhood: 'BU99990003',
    theme: 'groen',
  },
  {
    title: 'Veilige oversteek bij basisschool De Regenboog',
    summary: 'Een zebrapad en een drempel, zodat kinderen veilig naar school lopen.',
    description: 'Elke ochtend rijden auto’s hard langs de school. Wij vragen om een zebrapad en een drempel.',
    status: 'adopted',
    author: 'bewoner3',
    neighbourhood: 'BU99990002',
    theme: 'verkeer',
  },
  {
    title: 'Buurtbarbecue op het plein',
    summary: 'Eén keer per jaar samen eten op het plein.',
    description: 'We willen het plein een middag afsluiten voor een barbecue.',
    status: 'declined',
    author: 'bewoner1',
    neighbourhood: 'BU99990004',
    theme: 'cultuur',
    reason: 'Op dit plein mag geen open vuur. We helpen graag zoeken naar een andere plek.',
  },
  {
    title: 'Speeltuin opknappen aan de Vijverlaan',
    summary: 'Nieuwe schommels en een bankje voor ouders.',
    description: 'De speeltuin is oud en een schommel is kapot. Buren willen helpen met schilderen.',
    status: 'under_review',
    author: 'bewoner2',
    neighbourhood: 'BU99990002',
    theme: 'spelen',
  },
  {
    title: 'Bankjes langs het wandelpad',
    summary: 'Rustplekken voor ouderen die graag wandelen.',
    description: 'Langs het pad bij de vijver staat geen enkel bankje. Voor veel ouderen is het pad daardoor te lang.',
    status: 'published',
    author: 'bewoner3',
    neighbourhood: 'BU99990003',
    theme: 'zorg',
  },
  {
    title: 'Kunstroute door het Havenkwartier',
    summary: 'Muurschilderingen van lokale kunstenaars langs een wandelroute.',
    description: 'Vijf blinde muren krijgen een schildering. Kunstenaars uit de wijk doen mee.',
    status: 'published',
    author: 'bewoner1',
    neighbourhood: 'BU99990004',
    theme: 'cultuur',
  },
  {
    title: 'Extra lantaarnpalen in het steegje',
    summary: 'Het steegje is ’s avonds te donker.',
    description: 'Bewoners voelen zich niet veilig in het donkere steegje achter de winkels.',
    status: 'expired',
    author: 'bewoner2',
    neighbourhood: 'BU99990001',
    theme: 'veiligheid',
  },
  {
    title: 'Repaircafé in het buurthuis',
    summary: 'Elke maand samen spullen repareren.',
    description: 'Vrijwilligers repareren fietsen, kleding en apparaten.',
    status: 'withdrawn',
    author: 'bewoner3',
    neighbourhood: 'BU99990002',
    theme: 'zorg',
    reason: 'We doen dit nu samen met de bibliotheek.',
  },
  {
    title: 'Hondenuitlaatplaats bij het park',
    summary: 'Een afgezet veld waar honden los mogen.',
    description: 'Nu lopen honden los in het hele park.',
    status: 'rejected',
    author: 'bewoner1',
    neighbourhood: 'BU99990003',
    theme: 'groen',
    reason: 'Dit initiatief gaat over een plek buiten onze gemeente.',
  },
  {
    title: 'Fietsenrekken bij het station',
    summary: 'Meer plek voor fietsen.',
    description: 'Fietsen staan overal. Wij willen twee extra rekken.',
    status: 'changes_requested',
    author: 'bewoner2',
    neighbourhood: 'BU99990001',
    theme: 'verkeer',
    reason: 'Kunt u aangeven aan welke kant van het station?',
  },
  {
    title: 'Bloembakken op de brug',
    summary: 'Kleur op de brug over de gracht.',
    description: 'Wij willen bloembakken ophangen en ze zelf water geven.',
    status: 'submitted',
    author: 'bewoner3',
    neighbourhood: 'BU99990004',
    theme: 'groen',
  },
  {
    title: 'Zwerfafval-prikdag',
    summary: 'Samen de wijk schoonmaken.',
    description: 'Eén zaterdag per maand prikken we afval.',
    status: 'draft',
    author: 'bewoner1',
    neighbourhood: 'BU99990002',
    theme: 'groen',
  },
];
