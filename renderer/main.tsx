import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './app/boot';
import { App } from './app/App';
import { applyTheme } from './app/use-theme';
import './app/theme.css';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

applyTheme('system');

void boot().then((services) => {
  // The remembered theme before the first paint, so a dark choice never flashes light.
  applyTheme(services.stores.ui.getState().theme);
  createRoot(root).render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
});
