namespace fb { int syncPlaceholder() { return 0; } }
