/** Left rail: brand, the views of the open project, and the project list. */
import { Icon, type IconName } from '../components/Icon';
import { ProjectList } from '../features/projects/ProjectList';
import { useServices } from '../features/shared/services';
import { useSession, useUi, useUiStore, type ViewName } from '../store';
import { MOD_SHORTCUTS } from './use-app-commands';

export interface ViewEntry {
  readonly view: ViewName;
  readonly label: string;
  readonly icon: IconName;
}

/** The Ctrl/Cmd key that opens a view, from the shortcut table itself (only some views have one). */
function viewKey(view: ViewName): string | null {
  return Object.entries(MOD_SHORTCUTS).find(([, command]) => command === `view.${view}`)?.[0] ?? null;
}

export function Sidebar({ views }: { views: readonly ViewEntry[] }) {
  const view = useUi((s) => s.view);
  const ui = useUiStore();
  const hasPlan = useSession((s) => s.plan !== null);
  const { platform } = useServices();
  const mod = platform.os === 'mac' ? '⌘' : 'Ctrl+';
  return (
    <aside className="sidebar">
      <div className="brand"><span className="brand-mark" aria-hidden="true">◆</span>Plotline</div>
      {hasPlan ? (
        <nav className="sidebar-section" aria-label="Views">
          <ul className="sidebar-list">
            {views.map((v) => (
              <li key={v.view}>
                <button type="button" className="nav-item" aria-current={view === v.view ? 'page' : undefined} onClick={() => ui.getState().setView(v.view)}>
                  <Icon name={v.icon} />
                  {v.label}
                  {viewKey(v.view) ? <span className="nav-key">{mod}{viewKey(v.view)}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ProjectList />
      <div className="sidebar-footer"><span>Offline · saved on this device</span><span>{/^\d/.test(platform.appVersion) ? `v${platform.appVersion}` : platform.appVersion}</span></div>
    </aside>
  );
}
