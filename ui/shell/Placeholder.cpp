namespace fb { int uiPlaceholder() { return 0; } }
