/**
 * The Stakeholders view: the register, the power / interest grid, the RACI matrix and the
 * communication plan as tabs. Rules come from domain/stakeholders; every edit is a command.
 */
import { useState } from 'react';
import { CommunicationPlan } from './CommunicationPlan';
import { PowerInterestGrid } from './PowerInterestGrid';
import { RaciMatrix } from './RaciMatrix';
import { StakeholderRegister } from './StakeholderRegister';
import './stakeholders.css';

type Tab = 'register' | 'grid' | 'raci' | 'communication';
const TABS: readonly { tab: Tab; label: string }[] = [
  { tab: 'register', label: 'Register' }, { tab: 'grid', label: 'Power / interest' },
  { tab: 'raci', label: 'RACI' }, { tab: 'communication', label: 'Communication plan' },
];

export function StakeholdersView() {
  const [tab, setTab] = useState<Tab>('register');
  return (
    <div className="stakeholders-view">
      <div className="tabs" role="tablist" aria-label="Stakeholders">
        {TABS.map((t) => (
          <button key={t.tab} type="button" role="tab" aria-selected={tab === t.tab} className={`tab ${tab === t.tab ? 'active' : ''}`}
            onClick={() => setTab(t.tab)}>{t.label}</button>
        ))}
      </div>
      <div className="stakeholders-body">
        {tab === 'register' ? <StakeholderRegister /> : tab === 'grid' ? <PowerInterestGrid />
          : tab === 'raci' ? <RaciMatrix /> : <CommunicationPlan />}
      </div>
    </div>
  );
}
