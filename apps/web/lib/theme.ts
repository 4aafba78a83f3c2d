/**
 * Applies a saved theme before the first paint, so a dark choice never flashes light. It is the
 * only inline script of our own: the Content-Security-Policy allows it by its hash (lib/csp.ts).
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}`;
