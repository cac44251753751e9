export const ROLES = ['admin', 'police', 'district', 'viewer', 'officer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị (Sở TT&TT)',
  police: 'Công an tỉnh',
  district: 'UBND huyện / Phòng VH&TT',
  viewer: 'Lãnh đạo UBND tỉnh (chỉ xem)',
  officer: 'Cán bộ chốt / tổ tuần tra',
};

/** The signed-in person as every data-layer function receives it. */
export interface Actor {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  /** The district a `district` user acts for (and the district that manages an officer). */
  districtCode: string | null;
  /** Officers only: the checkpoints they are assigned to. */
  checkpointIds: string[];
  /** Where the request came from, for the audit log. */
  ip?: string;
}
