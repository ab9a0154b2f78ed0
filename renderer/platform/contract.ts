/** The renderer's single doorway to electron/contract.ts (types and constants shared with main). */
export * from '../../electron/contract';
/** The one decoder of opened files, the same function main uses (BOM sniffing). */
export { decodeFileBytes } from '../../electron/decode-text';
