// Programming or data errors of the engine (not refusals: those are Decision codes).
export type WorkflowErrorCode = 'UNKNOWN_MACHINE' | 'INVALID_SNAPSHOT' | 'INVALID_INPUT';

export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkflowError';
  }
}

export class UnknownMachineError extends WorkflowError {
  constructor(
    readonly machineId: string,
    readonly machineVersion: number,
  ) {
    super('UNKNOWN_MACHINE', `No machine ${machineId} version ${machineVersion}`);
    this.name = 'UnknownMachineError';
  }
}
