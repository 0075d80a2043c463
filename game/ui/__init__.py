"""The menu toolkit: layout in 1280x720 design units, buttons with a focus ring, pictures
drawn in code (icons, avatars, flags), and focus moves that need only one direction."""
