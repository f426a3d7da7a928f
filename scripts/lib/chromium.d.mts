export const CHROMIUM_PATH: string;
export function ensureChromium(log?: (message: string) => void): string;
