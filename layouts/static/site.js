// sourcebrief reader enhancements. The site reads fully without this file.
(function () {
  "use strict";
})();
