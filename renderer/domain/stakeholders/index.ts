/** The stakeholder register, power / interest grid, RACI matrix and communication plan: pure rules. */
export * from './engagement';
export * from './raci';
export * from './communication';
export * from './references';
export * from './stakeholder-csv';
