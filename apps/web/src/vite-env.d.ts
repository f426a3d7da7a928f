/// <reference types="vite/client" />

/** Build-time settings (set them in the environment of `vite build`; see README, "Configuration"). */
interface ImportMetaEnv {
  /** Attribution shown on the map for those tiles (plain text). */
  readonly VITE_TILE_ATTRIBUTION?: string;
  /** Where the map opens: "lat,lng,zoom". */
  readonly VITE_MAP_CENTER?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
