/** Schedule risk analysis: Monte Carlo over the engine's own compiled network (pure; seeded random source). */
export { seededRandom, type RandomSource } from './random';
export { sample, mean, triangular, type ThreePoints } from './distributions';
export {
  checkEstimate, checkSimulation, riskEventsOf, DEFAULT_ITERATIONS, MAX_ITERATIONS, MAX_SEED, type RiskEvent, type SimulationOptions,
} from './inputs';
export { createSimulation, type Simulation } from './simulator';
export { NO_DRIVERS, percentile, shareByDay, summarise, type SimulationResult } from './summary';
export { allChunks, chunkCount, partOf, type ChunkRange } from './chunks';
export { mergeTallies, Tally, type TallyData } from './tally';
export { simulate } from './simulate';
export { plannedOutsideEstimate, tasksPlannedAtBestCase } from './planned-finish';
export { changedInputs, hashText, simulationInputs, SIMULATION_INPUTS, type SimulationInput } from './fingerprint';
