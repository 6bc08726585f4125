import type { RegisterCommand } from './context.js';

// TODO(owner of 'deadlines'): declare the command and its options; lazy-import the implementation in the action.
export const register: RegisterCommand = () => undefined;
