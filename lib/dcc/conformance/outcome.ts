import { DccError } from '../dcc-error';

/** What one flag's check found: the step's own result, or that the file lacks its input. */
export interface CheckOutcome {
  actual: boolean | 'untestable';
  reason: string;
}

export const untestable = (reason: string): CheckOutcome => ({ actual: 'untestable', reason });
export const passed = (reason: string): CheckOutcome => ({ actual: true, reason });
export const failed = (reason: string): CheckOutcome => ({ actual: false, reason });

/** Runs a step; a thrown error means the step failed, described with its DCC reason code. */
export async function outcomeOf(run: () => CheckOutcome | Promise<CheckOutcome>): Promise<CheckOutcome> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DccError) return failed(`${error.reason}: ${error.message}`);
    return failed(error instanceof Error ? error.message : String(error));
  }
}
