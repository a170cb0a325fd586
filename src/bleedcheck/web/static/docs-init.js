// Swagger UI served from our own host (the Content-Security-Policy forbids others).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
