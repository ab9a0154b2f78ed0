/**
 * Every `plotline` subcommand, in the order `plotline --help` lists them. Adding a subcommand is
 * one entry here (and its file in commands/).
 */
import type { Command } from './command';
import { convertCommand } from './commands/convert';
import { diffCommand } from './commands/diff';
import { evmCommand } from './commands/evm';
import { mergeCommand } from './commands/merge';
import { newCommand } from './commands/new';
import { portfolioCommand } from './commands/portfolio';
import { reportCommand } from './commands/report';
import { scheduleCommand } from './commands/schedule';
import { simulateCommand } from './commands/simulate';
import { validateCommand } from './commands/validate';

export const COMMANDS: readonly Command[] = [
  convertCommand, diffCommand, evmCommand, mergeCommand, newCommand, portfolioCommand, reportCommand, scheduleCommand, simulateCommand, validateCommand,
];
