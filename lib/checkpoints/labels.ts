// Vietnamese labels for checkpoint fields, shared by pages, CSV and posters.
export const CHECKPOINT_KINDS = ['fixed', 'patrol'] as const;
export type CheckpointKind = (typeof CHECKPOINT_KINDS)[number];
export const CHECKPOINT_STATUSES = ['active', 'paused', 'closed'] as const;
export type CheckpointStatus = (typeof CHECKPOINT_STATUSES)[number];

export const KIND_LABELS: Record<CheckpointKind, string> = {
  fixed: 'Chốt kiểm soát',
  patrol: 'Tổ tuần tra',
};

export const STATUS_LABELS: Record<CheckpointStatus, string> = {
  active: 'Đang hoạt động',
  paused: 'Tạm dừng',
  closed: 'Đã đóng',
};

// The apps the letter names (Bluezone, Sổ sức khỏe điện tử) and PC-Covid, which replaced Bluezone.
export const CHECKPOINT_APPS = ['bluezone', 'pc_covid', 'health_book'] as const;
export type CheckpointApp = (typeof CHECKPOINT_APPS)[number];
export const APP_LABELS: Record<CheckpointApp, string> = {
  bluezone: 'Bluezone',
  pc_covid: 'PC-Covid',
  health_book: 'Sổ sức khỏe điện tử',
};
