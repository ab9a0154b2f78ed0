import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './app/boot';
import { App } from './app/App';
import { BootError } from './app/BootError';
import { applyTheme } from './app/use-theme';
import './app/theme.css';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

applyTheme('system');

const reactRoot = createRoot(root);
boot().then(
  (services) => {
    // The remembered theme before the first paint, so a dark choice never flashes light.
    applyTheme(services.stores.ui.getState().theme);
    reactRoot.render(
      <StrictMode>
        <App services={services} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    console.error('Plotline could not start', error);
    reactRoot.render(<BootError error={error} />);
  },
);
