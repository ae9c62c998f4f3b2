import type {ClientModule} from '@docusaurus/types';
import {highlighter} from '@site/src/theme/prism-include-languages';

// The browser's bundle puts this module in place of the theme's Prism start-up module
// (docusaurus.config.ts): served pages keep their highlighted code and need no highlighter. A page
// reached by a link inside the site renders in the browser, code blocks included, so the
// highlighter starts loading as the navigation starts, beside the page's own code, and that
// page's code shows highlighted rather than plain.
const highlightOnNavigation: ClientModule = {
  onRouteUpdate({location, previousLocation}) {
    if (previousLocation && previousLocation.pathname !== location.pathname) void highlighter.load();
  },
};

export default highlightOnNavigation;
