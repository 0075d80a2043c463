<?xml version="1.0"?>
<tileset name="x" tilewidth="32"
