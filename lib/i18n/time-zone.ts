/** The time zone every date on the site is shown in: the regulator's. */
export const TIME_ZONE = 'Asia/Shanghai';
