// Vitest's worker reads the runner's replies only between macrotasks and gives up on one after a fixed 60 s
// (vitest#6479, not configurable). The property tests run for seconds without yielding, so on a busy 2-core
// machine a file of them could pass every test and still fail the run. Yielding after each test keeps every
// block of work far under that limit.
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
