/**
 * Where a new project starts from: a blank plan, one of the built-in templates, or a template file
 * a PMO shared (any .plotline works; what belongs to one run of a project is taken out). A file is
 * read and checked when picked, so a bad or newer file is refused here, before anything is created.
 */
import { useState } from 'react';
import { importPlanFile } from '../../domain/formats';
import { BUILTIN_TEMPLATES, builtinTemplate, planAsTemplate, planFromSpec, templateInfoOf } from '../../domain/lifecycle';
import type { LocalDateTime, Plan } from '../../domain/model';
import { useServices } from '../shared/services';

export type TemplateChoice =
  | { readonly kind: 'blank' }
  | { readonly kind: 'builtin'; readonly key: string }
  | { readonly kind: 'file'; readonly fileName: string; readonly plan: Plan };

/** The template plan to instantiate, dated from `start` (instantiation re-bases it anyway). */
export function templatePlanFor(choice: TemplateChoice, start: LocalDateTime, now: string, newId: () => string): Plan | undefined {
  if (choice.kind === 'blank') return undefined;
  if (choice.kind === 'file') return choice.plan;
  const spec = builtinTemplate(choice.key);
  return spec ? planFromSpec(spec, { start, now, newId }) : undefined;
}

/** The name a template suggests for the project. */
export function templateName(choice: TemplateChoice): string | null {
  if (choice.kind === 'builtin') return builtinTemplate(choice.key)?.name ?? null;
  if (choice.kind === 'file') return templateInfoOf(choice.plan)?.name ?? choice.plan.project.name;
  return null;
}

const FILE_VALUE = '(file)';

export function TemplatePicker({ value, onChange, onError }: {
  value: TemplateChoice;
  onChange: (choice: TemplateChoice) => void;
  onError: (message: string | null) => void;
}) {
  const { platform, newId, now } = useServices();
  const [fileChoice, setFileChoice] = useState<TemplateChoice | null>(value.kind === 'file' ? value : null);

  const pickFile = async (): Promise<void> => {
    const picked = await platform.openFile();
    if (picked.kind !== 'opened') return;
    // Every reader passes the import gate, so a plan read here schedules.
    const admitted = importPlanFile(picked.file.name, picked.file.text, { newId, now: now() });
    if (!admitted.ok) {
      onError(`Template “${picked.file.name}”: ${admitted.error.message}${admitted.error.where ? ` (at ${admitted.error.where})` : ''}`);
      return;
    }
    const plan = templateInfoOf(admitted.value.plan) ? admitted.value.plan : planAsTemplate(admitted.value.plan, { name: admitted.value.plan.project.name, description: '' });
    const choice: TemplateChoice = { kind: 'file', fileName: picked.file.name, plan };
    setFileChoice(choice);
    onError(null);
    onChange(choice);
  };

  const selected = value.kind === 'blank' ? '' : value.kind === 'builtin' ? value.key : FILE_VALUE;
  const described = value.kind === 'builtin' ? builtinTemplate(value.key)?.description
    : value.kind === 'file' ? `From “${value.fileName}”: ${String(Object.keys(value.plan.tasks).length)} tasks.` : 'An empty plan.';
  return (
    <div className="field span-2">
      <label className="field">Start from
        <select className="select" value={selected} onChange={(e) => {
          const key = e.target.value;
          if (key === FILE_VALUE) {
            if (fileChoice) onChange(fileChoice);
            else void pickFile();
          } else onChange(key === '' ? { kind: 'blank' } : { kind: 'builtin', key });
        }}>
          <option value="">Blank project</option>
          <optgroup label="Templates">
            {BUILTIN_TEMPLATES.map((t) => <option key={t.key} value={t.key}>{t.name}</option>)}
          </optgroup>
          <option value={FILE_VALUE}>{fileChoice?.kind === 'file' ? `Template file: ${fileChoice.fileName}` : 'Template file…'}</option>
        </select>
      </label>
      <p className="hint">
        {described}{' '}
        {value.kind === 'file' || fileChoice ? <button type="button" className="link-button" onClick={() => void pickFile()}>Choose another file…</button> : null}
      </p>
    </div>
  );
}
