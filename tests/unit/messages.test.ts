import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  isPageToWorker,
  isWorkerToPage,
  type PageToWorker,
  type WorkerToPage,
} from '../../src/shared/messages';

describe('page ↔ worker message guards', () => {
  it('accepts exactly the messages of the contract', () => {
    expect(isPageToWorker({ type: 'skip-waiting' })).toBe(true);
    expect(isPageToWorker({ type: 'get-build-id' })).toBe(true);
    expect(isWorkerToPage({ type: 'build-id', buildId: 'abc' })).toBe(true);
  });

  it('rejects bare strings, look-alikes and missing fields', () => {
    for (const value of ['skip-waiting', { type: 'SKIP_WAITING' }, null, undefined, 42, {}, []]) {
      expect(isPageToWorker(value)).toBe(false);
    }
    expect(isWorkerToPage({ type: 'build-id' })).toBe(false);
    expect(isWorkerToPage({ type: 'build-id', buildId: 7 })).toBe(false);
  });

  it('narrows to the union types', () => {
    const value: unknown = { type: 'skip-waiting' };
    if (isPageToWorker(value)) expectTypeOf(value).toEqualTypeOf<PageToWorker>();
    const reply: unknown = { type: 'build-id', buildId: 'x' };
    if (isWorkerToPage(reply)) expectTypeOf(reply.buildId).toEqualTypeOf<string>();
    expectTypeOf<WorkerToPage['type']>().toEqualTypeOf<'build-id'>();
  });
});
