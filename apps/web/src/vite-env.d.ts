/// <reference types="vite/client" />

/** Build-time settings (set them in the environment of `vite build`; see README, "Configuration"). */
interface ImportMetaEnv {
  /** Map tiles, e.g. https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png */
  readonly VITE_TILE_URL?: string;
  /** Attribution shown on the map for those tiles (plain text). */
  readonly VITE_TILE_ATTRIBUTION?: string;
  /** Where the map opens: "lat,lng,zoom". */
  readonly VITE_MAP_CENTER?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
