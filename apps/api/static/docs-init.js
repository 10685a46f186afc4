// Starts Swagger UI on /docs. It is a file served from /docs/assets/init.js, not an inline
// script, so the Content-Security-Policy keeps `script-src 'self'`.
(function () {
  'use strict';
  var root = document.getElementById('swagger-ui');
  window.ui = window.SwaggerUIBundle({
    url: root.getAttribute('data-openapi-url'),
    domNode: root,
    deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    // BaseLayout has no top bar: its "Explore" box would load other documents, which the CSP blocks.
    layout: 'BaseLayout',
    // The default validator is an external image (validator.swagger.io); this machine may be offline.
    validatorUrl: null,
  });
})();
