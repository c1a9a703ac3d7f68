"""The main window shell: sidebar, menus, dialogs, the lazy table model and the change hub."""
