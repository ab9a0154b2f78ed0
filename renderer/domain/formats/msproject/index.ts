export { importMspdi } from './mspdi-reader';
export { exportMspdi, type MspdiExportOptions } from './mspdi-writer';
export { MSPDI_NAMESPACE } from './mspdi-codes';
