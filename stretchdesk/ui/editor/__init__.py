"""The routine editor: a window to build and change the person's own routines.

Its model is Qt-free (core/routine_draft.py); this package is the view of it, in small
modules: the stretch library on the left (stretch_list, thumbnails), the routine on the
right (routine_form, item_list, item_panel), the undo steps (commands) and the window
that puts them together and saves through the library service (window, saving).
Nothing here is imported before the person first opens the editor.
"""
