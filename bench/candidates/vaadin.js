// Vaadin's accordion (Lumo theme included by the package).
import '@vaadin/accordion';
