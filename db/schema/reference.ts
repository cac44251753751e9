import { pgTable, text, index } from 'drizzle-orm/pg-core';

// Administrative units as of 01/07/2021 (the letter's time). Codes are the official GSO codes,
// so they are natural primary keys that survive re-seeding.
export const districts = pgTable('districts', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  searchName: text('search_name').notNull(),
});

export const communes = pgTable(
  'communes',
  {
    code: text('code').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    name: text('name').notNull(),
    type: text('type').notNull(),
    searchName: text('search_name').notNull(),
  },
  (t) => [index('communes_district_idx').on(t.districtCode)],
);
