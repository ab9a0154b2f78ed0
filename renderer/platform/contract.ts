/**
 * The renderer's single doorway to electron/contract.ts (types and constants shared with main).
 * The disable below is needed because eslint.config.js's ELECTRON pattern ('electron') matches any
 * path segment named electron, so it catches this relative import as if it were the electron package.
 */
// eslint-disable-next-line no-restricted-imports -- the shared contract, not the electron package (see above)
export * from '../../electron/contract';
