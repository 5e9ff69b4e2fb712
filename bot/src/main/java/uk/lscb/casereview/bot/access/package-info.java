/** Who is who: each board's Chairs and administrators by platform id, and the admin token check. */
package uk.lscb.casereview.bot.access;
