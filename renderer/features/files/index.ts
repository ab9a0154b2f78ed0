/** File open/import, Save As, Export, holidays and snapshots. */
export { FilesHost } from './FilesHost';
export { FileMenu } from './FileMenu';
export { useFileCommands } from './use-file-commands';
