import type { ActionState } from '@/lib/actions/state';
import type { tracePerson } from '@/lib/passages/trace';

export type TraceResult = Awaited<ReturnType<typeof tracePerson>>;
export type TraceState = ActionState & { result?: TraceResult };
