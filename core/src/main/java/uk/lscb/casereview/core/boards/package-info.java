/** The Local Safeguarding Children Boards sharing one deployment, and who is who on each. */
package uk.lscb.casereview.core.boards;
