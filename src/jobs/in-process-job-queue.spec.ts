import { InProcessJobQueue } from './in-process-job-queue';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobName, JobPayloads, RETRY_POLICY } from './job-names';

const payload = (attemptId: string): JobPayloads[JobName.RecordSignIn] => ({
  attemptId,
  outcome: 'succeeded',
  userId: null,
  email: 'a@b.cl',
  ip: '127.0.0.1',
  at: new Date(0).toISOString(),
});

function queueWith(run: (name: JobName, data: unknown) => Promise<void>): InProcessJobQueue {
  const registry = { run } as unknown as JobHandlerRegistry;
  return new InProcessJobQueue(registry);
}

describe('InProcessJobQueue', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] }));
  afterEach(() => jest.useRealTimers());

  it('runs a job once even when enqueued twice with the same id', async () => {
    const seen: string[] = [];
    const queue = queueWith(async (_name, data) => void seen.push((data as { attemptId: string }).attemptId));
    await queue.enqueue(JobName.RecordSignIn, payload('a'), { jobId: 'x' });
    await queue.enqueue(JobName.RecordSignIn, payload('a'), { jobId: 'x' });
    await queue.idle();
    expect(seen).toEqual(['a']);
  });

  it('retries a failing job with backoff and then succeeds', async () => {
    let calls = 0;
    const queue = queueWith(async () => {
      calls += 1;
      if (calls < 3) throw new Error('falla transitoria');
    });
    await queue.enqueue(JobName.RecordSignIn, payload('b'));
    const done = queue.idle();
    await jest.advanceTimersByTimeAsync(RETRY_POLICY.backoffMs * 10);
    await done;
    expect(calls).toBe(3);
  });

  it('stops waiting delayed work on close', async () => {
    let calls = 0;
    const queue = queueWith(async () => void (calls += 1));
    await queue.enqueue(JobName.RecordSignIn, payload('c'), { delayMs: 60_000 });
    await queue.close();
    expect(calls).toBe(0);
  });
});
