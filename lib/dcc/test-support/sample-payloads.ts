/** A schema-valid 1.3.0 vaccination payload for a Vietnamese holder, as test input. */
export function vaccinationPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ver: '1.3.0',
    nam: { fn: 'Trần', gn: 'Thị Mai', fnt: 'TRAN', gnt: 'THI<MAI' },
    dob: '1990-05-17',
    v: [
      {
        tg: '840539006',
        vp: 'J07BX03',
        mp: 'EU/1/20/1528',
        ma: 'ORG-100030215',
        dn: 2,
        sd: 2,
        dt: '2021-09-01',
        co: 'VN',
        is: 'Ministry of Health',
        ci: 'URN:UVCI:01:VN:TEST0000000000000000000001',
      },
    ],
    ...overrides,
  };
}

export function testPayload(): Record<string, unknown> {
  return {
    ver: '1.3.0',
    nam: { fn: 'Lê', gn: 'Văn Nam', fnt: 'LE', gnt: 'VAN<NAM' },
    dob: '1985',
    t: [
      {
        tg: '840539006',
        tt: 'LP6464-4',
        nm: 'PCR',
        sc: '2021-10-01T08:00:00Z',
        tr: '260415000',
        tc: 'CDC Quảng Ngãi',
        co: 'VN',
        is: 'Ministry of Health',
        ci: 'URN:UVCI:01:VN:TEST0000000000000000000002',
      },
    ],
  };
}
