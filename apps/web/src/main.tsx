import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client';
import { App } from './app/App';
import { initI18n } from './app/i18n/i18n';

const container = document.getElementById('root');
if (!container) {
  throw new Error('Element #root is missing from index.html');
}

// The translations are bundled, so initialisation finishes without network requests.
void initI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App client={createApolloClient()} />
    </StrictMode>,
  );
});
