import { test as setup } from '@playwright/test';
import { ROLE_ACCOUNTS, signIn, storageStateOf, type RoleKey } from './support/roles';

for (const role of Object.keys(ROLE_ACCOUNTS) as RoleKey[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, ROLE_ACCOUNTS[role]);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
