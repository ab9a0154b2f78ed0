/// <reference types="vite/client" />
declare module '*.plotline?raw' {
  const text: string;
  export default text;
}
