// One page of an admin list (people, providers, audit log, bookings): which page, how many in all, how many pages.
// In TypeScript the count of pages is `pageCount`; every JSON body of the admin API names it `page_count`.

export interface ListPage {
  page: number;
  total: number;
  pageCount: number;
}

export function listPage(page: number, total: number, pageSize: number): ListPage {
  return { page, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A list as the REST API answers it: the same fields, `pageCount` written `page_count`. */
export function listPageJson<T extends ListPage>(list: T): Omit<T, "pageCount"> & { page_count: number } {
  const { pageCount, ...rest } = list;
  return { ...rest, page_count: pageCount };
}
