/**
 * Every plan command by name. Menus, shortcuts, the table, the Gantt and the board dispatch
 * through this one registry, so each edit is undoable and persisted the same way.
 */
import type { CommandSpec } from './command';
import { deleteTasks, indentTasks, insertTask, moveTask, outdentTasks, updateTask } from './task-commands';
import { addResource, deleteResource, setAssignees, updateAssignment, updateResource } from './team-commands';
import { updateProject } from './project-commands';
import { boardCommands } from './board-commands';
import { addLink, removeLink, updateLink } from './link-commands';
import { clearBaseline, renameBaseline, saveBaseline } from './baseline-commands';
import { setPredecessors } from './predecessor-commands';
import { clearLeveling, levelResources } from './leveling-commands';
import { calendarCommands } from './calendar-commands';
import { activateContingency, addMitigationTask, addRisk, deleteRisk, setRiskCategories, updateRisk } from './raid-commands';
import {
  addAssumption, addDecision, deleteAssumption, deleteDecision, deleteIssue, raiseIssue, raiseIssueFromRisk,
  raiseRiskFromAssumption, updateAssumption, updateDecision, updateIssue,
} from './raid-log-commands';
import { chooseCostBaseline, setBudget, setResourceRates, updateAssignmentCosts, updateTaskCosts } from './money-commands';
import { pasteRows, pasteTable } from './clipboard-commands';
import { assignToTasks, updateTasks } from './bulk-commands';
import { editTaskInformation } from './task-information-commands';
import { joinTask, splitTask } from './split-commands';
import { fillPredecessors } from './fill-commands';
import { CHANGE_COMMAND_NAMES, changeCommands } from './change-commands';
import { setScheduleRisk, setTaskEstimates } from './simulation-commands';
import { applyMerge } from './merge-commands';
import {
  addCommunication, addStakeholder, deleteCommunication, deleteStakeholder, issueCommunication, setRaci,
  updateCommunication, updateStakeholder,
} from './stakeholder-commands';
import { editReportDraft, issueReport, setRagRules } from './report-commands';
import { phaseCommands } from './phase-commands';
import { charterCommands } from './charter-commands';

export const planCommands = {
  insertTask,
  updateTask,
  deleteTasks,
  indentTasks,
  outdentTasks,
  moveTask,
  setPredecessors,
  levelResources,
  clearLeveling,
  addResource,
  updateResource,
  deleteResource,
  setAssignees,
  updateAssignment,
  updateProject,
  ...boardCommands,
  addLink, updateLink, removeLink,
  saveBaseline, clearBaseline, renameBaseline,
  ...calendarCommands,
  setBudget, setResourceRates, updateTaskCosts, updateAssignmentCosts, chooseCostBaseline,
  pasteRows, pasteTable,
  updateTasks,
  fillPredecessors,
  assignToTasks,
  editTaskInformation,
  splitTask, joinTask,
  addRisk, updateRisk, deleteRisk, addMitigationTask, activateContingency, setRiskCategories,
  raiseIssue, raiseIssueFromRisk, updateIssue, deleteIssue, addAssumption, updateAssumption, deleteAssumption,
  raiseRiskFromAssumption, addDecision, updateDecision, deleteDecision,
  ...changeCommands((name) => proposalCommand(name)),
  setTaskEstimates, setScheduleRisk,
  applyMerge,
  addStakeholder, updateStakeholder, deleteStakeholder, setRaci,
  addCommunication, updateCommunication, deleteCommunication, issueCommunication,
  issueReport, setRagRules, editReportDraft,
  ...phaseCommands,
  ...charterCommands,
} as const;

/**
 * A command a change proposal may hold, by name: any plan edit except change control's own (a
 * proposal does not approve other proposals). Read lazily, after planCommands exists.
 */
export function proposalCommand(name: string): CommandSpec<unknown> | undefined {
  if (CHANGE_COMMAND_NAMES.has(name) || !Object.hasOwn(planCommands, name)) return undefined;
  // The registry maps names to specs of different argument types; replay passes recorded JSON args, which each command checks.
  return planCommands[name as CommandName] as CommandSpec<unknown>;
}

export type PlanCommands = typeof planCommands;
export type CommandName = keyof PlanCommands;
export type ArgsOf<N extends CommandName> = PlanCommands[N] extends CommandSpec<infer A> ? A : never;
