import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import L from 'leaflet';
// leaflet.markercluster is a UMD script that adds L.MarkerClusterGroup to the global `L`. Leaflet sets
// `window.L` to its exports when it runs, and it runs first (the import above): both name the same
// object, so the plugin extends the `L` imported here. Both land in the lazily loaded "leaflet" chunk.
import 'leaflet.markercluster';

export { L };
