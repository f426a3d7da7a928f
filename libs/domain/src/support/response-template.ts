export const RESPONSE_KINDS = ['acknowledgement', 'question', 'support_offered', 'decision', 'progress'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

export interface TemplateValues {
  readonly title: string;
  readonly initiatorName: string;
  readonly municipalityName: string;
}

/**
 * Fills a response template. Placeholders (Dutch and English): {titel}/{title},
 * {naam}/{name} (the initiator) and {gemeente}/{municipality}. Unknown ones stay as typed.
 */
export function fillTemplate(body: string, values: TemplateValues): string {
  const map: Record<string, string> = {
    titel: values.title,
    title: values.title,
    naam: values.initiatorName,
    name: values.initiatorName,
    gemeente: values.municipalityName,
    municipality: values.municipalityName,
  };
  return body.replace(/\{(\w+)\}/g, (whole, key: string) => map[key.toLowerCase()] ?? whole);
}
