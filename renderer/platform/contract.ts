/** The renderer's single doorway to electron/contract.ts (types and constants shared with main). */
export * from '../../electron/contract';
