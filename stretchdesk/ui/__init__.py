"""The views: the main window, its screens and dialogs, and `launch`, which starts the app.

Views render what the AppController (stretchdesk/controller) says and send it intents.
"""
