import type { RegisterCommand } from './context.js';
export const register: RegisterCommand = () => undefined;
